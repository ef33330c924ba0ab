package dev.kalima.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (set from the pom at build time). */
final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {
      "kalima " + (version == null ? "(development build)" : version),
      "Java ${java.version} (${java.vendor}), ${os.name} ${os.arch}"
    };
  }
}
