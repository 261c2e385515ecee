/** The value a cache holds for a key, made by `make` and kept on first use (Map or WeakMap). */
export function memo<K, V>(
  cache: { has(key: K): boolean; get(key: K): V | undefined; set(key: K, value: V): unknown },
  key: K,
  make: () => V
): V {
  if (cache.has(key)) return cache.get(key) as V
  const value = make()
  cache.set(key, value)
  return value
}
