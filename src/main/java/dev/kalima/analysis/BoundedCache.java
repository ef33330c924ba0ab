package dev.kalima.analysis;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A thread-safe memo of a pure function, bounded in size, that keeps the entries in use when it
 * is full. It has two generations: lookups go to the young one, then to the old one; an entry
 * found in the old one, or computed, is put in the young one. When the young one holds {@code
 * limit} entries it becomes the old one (the previous old one is dropped) and a new young one
 * starts. So at most {@code 2 × limit} entries are held, and an entry used since the last turn
 * survives the next one: a frequent word is not computed again after every turn, as it was
 * when one table was emptied when full.
 *
 * <p>The values must be a function of the key alone (computed the same by any thread at any
 * time), so that which thread computed an entry, or whether it was computed twice, never shows.
 *
 * @param <K> the key
 * @param <V> the value
 */
public final class BoundedCache<K, V> {

  private final int limit;
  private volatile Map<K, V> young = new ConcurrentHashMap<>();
  private volatile Map<K, V> old = Map.of();

  /** @param limit the entries of one generation, at least 1 */
  public BoundedCache(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1: " + limit);
    }
    this.limit = limit;
  }

  /** The cached value of {@code key}, or null. */
  public V get(K key) {
    V v = young.get(key);
    if (v == null) {
      v = old.get(key);
      if (v != null) {
        put(key, v);
      }
    }
    return v;
  }

  /** The value of {@code key}, from the cache or computed by {@code compute} and cached. */
  public V get(K key, Function<? super K, ? extends V> compute) {
    V v = get(key);
    if (v == null) {
      v = compute.apply(key);
      put(key, v);
    }
    return v;
  }

  /** Caches a value (the function's value of {@code key}). */
  public void put(K key, V value) {
    Map<K, V> y = young;
    if (y.size() >= limit) {
      synchronized (this) {
        if (young == y) {
          old = y;
          young = new ConcurrentHashMap<>();
        }
        y = young;
      }
    }
    y.put(key, value);
  }
}
