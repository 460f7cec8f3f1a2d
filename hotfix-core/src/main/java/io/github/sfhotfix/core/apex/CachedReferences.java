package io.github.sfhotfix.core.apex;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Read-only set of lowercase references loaded from the cache: sorted indexes into a string table shared by all
 * files of one cache. Loading it costs one array read per file instead of building a hash set, which matters for
 * a run served entirely from the cache.
 */
final class CachedReferences extends AbstractSet<String> {

    private final StringTable table;
    private final int[] sortedIds;

    /** Creates the set from {@code sortedIds}, sorted ascending without duplicates, which is not copied. */
    CachedReferences(StringTable table, int[] sortedIds) {
        this.table = table;
        this.sortedIds = sortedIds;
    }

    @Override
    public boolean contains(Object value) {
        if (!(value instanceof String string)) {
            return false;
        }
        int id = table.idOf(string);
        return id >= 0 && Arrays.binarySearch(sortedIds, id) >= 0;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < sortedIds.length;
            }

            @Override
            public String next() {
                if (next >= sortedIds.length) {
                    throw new NoSuchElementException();
                }
                return table.strings[sortedIds[next++]];
            }
        };
    }

    @Override
    public int size() {
        return sortedIds.length;
    }

    /**
     * Strings of one cache file. Selection looks up only a few names (the changed classes and their sObjects), so
     * each lookup scans the table once and remembers the result, which is cheaper than hashing every string.
     */
    static final class StringTable {

        private final String[] strings;
        private final Map<String, Integer> ids = new HashMap<>();

        StringTable(String[] strings) {
            this.strings = strings;
        }

        String get(int id) {
            return strings[id];
        }

        int size() {
            return strings.length;
        }

        synchronized int idOf(String string) {
            return ids.computeIfAbsent(string, key -> {
                for (int i = 0; i < strings.length; i++) {
                    if (strings[i].equals(key)) {
                        return i;
                    }
                }
                return -1;
            });
        }
    }
}
