package dev.kalima.analysis;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A constant computed on first use, at most once, safely across threads (double-checked
 * locking). Used for data that is costly to load and often not needed, such as the stopword
 * list of a language the input is not in; the value itself must be immutable.
 */
final class Lazy<T> implements Supplier<T> {

  private final Object lock = new Object();
  private Supplier<? extends T> compute;
  private volatile T value;

  Lazy(Supplier<? extends T> compute) {
    this.compute = Objects.requireNonNull(compute);
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (lock) {
        v = value;
        if (v == null) {
          v = Objects.requireNonNull(compute.get());
          value = v;
          compute = null;
        }
      }
    }
    return v;
  }
}
