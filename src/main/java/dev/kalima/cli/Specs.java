package dev.kalima.cli;

import java.util.function.Consumer;
import java.util.function.Supplier;
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
 * hold, was most of the start-up time; the model built here is the same and no annotation is
 * read at run time.
 *
 * <p>Each option is bound to a plain field of the command or options object through a getter
 * and a setter, as picocli binds an annotated field: the field's value when the model is built
 * is the option's initial value, the parser writes the typed value (or the default) into it.
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

  /** An option named {@code names}, of {@code type}, whose value is read by {@code get} and written by {@code set}. */
  static <V> OptionSpec.Builder option(Class<?> type, Supplier<V> get, Consumer<V> set, String... names) {
    Binding<V> binding = new Binding<>(get, set);
    return OptionSpec.builder(names).type(type).getter(binding).setter(binding).initialValue(get.get());
  }

  /** A flag (a boolean option without a value). */
  static OptionSpec.Builder flag(Supplier<Boolean> get, Consumer<Boolean> set, String... names) {
    return option(boolean.class, get, set, names);
  }

  /** Positional parameters of {@code type}, bound like {@link #option}. */
  static <V> PositionalParamSpec.Builder positional(Class<?> type, Supplier<V> get, Consumer<V> set) {
    Binding<V> binding = new Binding<>(get, set);
    return PositionalParamSpec.builder().type(type).getter(binding).setter(binding).initialValue(get.get());
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

  /** picocli's getter and setter of one field, through two functions. */
  private static final class Binding<V> implements IGetter, ISetter {
    private final Supplier<V> get;
    private final Consumer<V> set;

    Binding(Supplier<V> get, Consumer<V> set) {
      this.get = get;
      this.set = set;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get() {
      return (T) get.get();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T set(T value) {
      T old = get();
      set.accept((V) value);
      return old;
    }
  }
}
