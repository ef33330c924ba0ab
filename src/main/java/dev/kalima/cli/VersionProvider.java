package dev.kalima.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version from the pom (filtered into version.properties at build time). */
final class VersionProvider implements IVersionProvider {

  static String version() {
    Properties p = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // fall through to the unknown version
    }
    return p.getProperty("version", "unknown");
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "kalima " + version(), "Java ${java.version} (${java.vendor}), ${os.name} ${os.arch}"
    };
  }
}
