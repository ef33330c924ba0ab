package dev.kalima.cli;

import java.io.File;
import java.io.IOException;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Not a test: the build runs it (exec-maven-plugin, prepare-package, see pom.xml) to write the
 * man page sources and the bash completion script from kalima's command model, the one
 * {@code kalima --help} shows. The model is built in code, not from annotations, so picocli's
 * generators, whose command-line front ends take annotated classes, are called here with it.
 *
 * <p>Arguments: the directory for the AsciiDoc man page sources, then the completion script's path.
 */
public final class GenerateDocs {

  private GenerateDocs() {}

  public static void main(String[] args) throws IOException {
    CommandLine kalima = Main.commandLine(RunContext.system());
    int code = ManPageGenerator.generateManPage(new File(args[0]), null, new boolean[0], true, kalima.getCommandSpec());
    if (code != 0) {
      throw new IOException("man page generation failed with exit code " + code);
    }
    AutoComplete.bash("kalima", new File(args[1]), null, kalima);
  }
}
