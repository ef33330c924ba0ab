package dev.kalima.cli;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Helpers for declaring kalima's command line with picocli's programmatic API (CommandSpec,
 * OptionSpec, ArgGroupSpec) instead of its annotations. Reading the annotations by reflection,
 * with one dynamic proxy class per annotation type that Java 17's class-data archive cannot
 * hold, was the largest part of the start-up time; the model built here is the same and no
 * annotation is read at run time.
 *
 * <p>Each option is bound to a plain field of the command or options object, named as a string,
 * as picocli binds an annotated field: the option's type is the field's, the field's value when
 * the model is built is the option's initial value, and the parser writes the typed value (or
 * the default) into it. A misspelt field name fails as soon as the model is built.
 */
final class Specs {

  private Specs() {}

  /**
   * The model of {@code command} named {@code name}, without looking at its class: the version
   * from {@link VersionProvider}, options listed in the order they are added.
   */
  static CommandSpec command(Object command, String name) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
    spec.versionProvider(new VersionProvider());
    spec.usageMessage().sortOptions(false);
    return spec;
  }

  /**
   * The model of a subcommand of kalima: {@link #command}, its help laid out as every
   * subcommand's is (header, usage, description, inputs, its own options under {@code
   * optionsHeading}, then the common sections, examples and exit codes), and the options
   * common to all three commands (inputs, analysis, output, common), added after the
   * positional inputs and before the command's own options.
   */
  static CommandSpec subcommand(
      Object command,
      String name,
      String header,
      String description,
      String optionsHeading,
      List<String> examples,
      InputOptions input,
      AnalysisOptions analysis,
      OutputOptions output,
      CommonOptions common) {
    List<String> footer = new ArrayList<>(examples);
    footer.add("");
    footer.add("Exit codes: 0 all inputs read, 1 some input could not be read, 2 usage error.");
    CommandSpec spec = command(command, name);
    spec.usageMessage()
        .headerHeading("")
        .header(header)
        .synopsisHeading("%nUsage: ")
        .descriptionHeading("%n")
        .description(description)
        .parameterListHeading("%nInputs:%n")
        .optionListHeading("%n" + optionsHeading + ":%n")
        .footerHeading("%nExamples:%n")
        .footer(footer.toArray(new String[0]));
    input.addTo(spec);
    analysis.addTo(spec);
    output.addTo(spec);
    common.addTo(spec);
    return spec;
  }

  /**
   * Adds the standard {@code -h, --help} and {@code -V, --version} options to {@code spec}, after
   * the others, with picocli's texts. These are the options of picocli's
   * {@code mixinStandardHelpOptions}, which would read them from annotations.
   */
  static CommandSpec standardHelpOptions(CommandSpec spec) {
    spec.addOption(
        OptionSpec.builder("-h", "--help")
            .usageHelp(true)
            .description("Show this help message and exit.")
            .build());
    spec.addOption(
        OptionSpec.builder("-V", "--version")
            .versionHelp(true)
            .description("Print version information and exit.")
            .build());
    return spec;
  }

  /**
   * An option named {@code names} whose value is the field {@code field} of {@code owner}: its
   * type is the field's (for a list, the element type too), its initial value the field's value now.
   */
  static OptionSpec.Builder option(Object owner, String field, String... names) {
    FieldBinding b = new FieldBinding(owner, field);
    return OptionSpec.builder(names)
        .type(b.type())
        .auxiliaryTypes(b.elementTypes())
        .getter(b)
        .setter(b)
        .initialValue(b.get());
  }

  /** Positional parameters whose value is the field {@code field} of {@code owner}, bound like {@link #option}. */
  static PositionalParamSpec.Builder positional(Object owner, String field) {
    FieldBinding b = new FieldBinding(owner, field);
    return PositionalParamSpec.builder()
        .type(b.type())
        .auxiliaryTypes(b.elementTypes())
        .getter(b)
        .setter(b)
        .initialValue(b.get());
  }

  /**
   * A section of the help holding {@code options} (an argument group that is not validated: the
   * options are independent, the group only gives them a heading and a place in the help).
   */
  static ArgGroupSpec section(String heading, int order, OptionSpec... options) {
    ArgGroupSpec.Builder group = ArgGroupSpec.builder().validate(false).heading(heading).order(order);
    for (OptionSpec option : options) {
      group.addArg(option);
    }
    return group.build();
  }

  /**
   * picocli's getter and setter of one field, found by name. Plain reflection on a field is cheap;
   * lambdas would cost a call-site link each (about 0.3 ms in the interpreter on Java 17, for
   * some 80 of them), annotations a proxy class each.
   */
  private static final class FieldBinding implements IGetter, ISetter {
    private final Object owner;
    private final Field field;

    FieldBinding(Object owner, String name) {
      this.owner = owner;
      try {
        field = owner.getClass().getDeclaredField(name);
      } catch (NoSuchFieldException e) {
        throw new IllegalArgumentException(owner.getClass().getName() + " has no field " + name, e);
      }
      field.setAccessible(true);
    }

    Class<?> type() {
      return field.getType();
    }

    /** The type arguments of a generic field (a list's element type), else the field's type. */
    Class<?>[] elementTypes() {
      if (field.getGenericType() instanceof ParameterizedType p) {
        Type[] arguments = p.getActualTypeArguments();
        Class<?>[] types = new Class<?>[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
          types[i] = (Class<?>) arguments[i];
        }
        return types;
      }
      return new Class<?>[] {field.getType()};
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get() {
      try {
        return (T) field.get(owner);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public <T> T set(T value) {
      T old = get();
      try {
        field.set(owner, value);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
      return old;
    }
  }

  /** A usage error of the command {@code spec} (exit code 2, with the "Try --help" line). */
  static CommandLine.ParameterException usage(CommandSpec spec, String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
