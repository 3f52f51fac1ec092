package org.itilhis.core.cmdb;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An immutable map keyed by configuration item id whose changed copies share everything but
 * the path to the changed entry (a compressed hash trie, 32 ways per level), so that one
 * changed item in a CMDB of 100,000 costs a handful of small array copies instead of a copy of
 * the whole map. This is what lets {@link CiGraph} be updated in place of a rebuild while
 * readers keep the map they hold: nothing they can reach is ever written again.
 *
 * <p>A {@link Builder} changes the nodes it created itself in place, and copies the others on
 * first touch, so that building a map of many entries, or applying many changes at once, does
 * not copy a path per entry. Iteration order follows the keys' hashes, not insertion.
 *
 * @param <V> the value kept per item
 */
public final class CiMap<V> {
    private static final CiMap<?> EMPTY = new CiMap<>(null, 0);
    private static final int BITS = 5;
    private static final int MASK = (1 << BITS) - 1;

    private final Node root;
    private final int size;

    private CiMap(Node root, int size) {
        this.root = root;
        this.size = size;
    }

    @SuppressWarnings("unchecked")
    public static <V> CiMap<V> empty() {
        return (CiMap<V>) EMPTY;
    }

    /** A map holding the entries of {@code map}. */
    public static <V> CiMap<V> copyOf(Map<CiId, ? extends V> map) {
        Builder<V> builder = CiMap.<V>empty().toBuilder();
        map.forEach(builder::put);
        return builder.build();
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** The value of {@code id}, or null. */
    @SuppressWarnings("unchecked")
    public V get(CiId id) {
        return root == null ? null : (V) root.get(checkNotNull(id, "id"), id.hashCode(), 0);
    }

    public V getOrDefault(CiId id, V otherwise) {
        V value = get(id);
        return value == null ? otherwise : value;
    }

    public boolean containsKey(CiId id) {
        return get(id) != null;
    }

    /** This map with {@code id} set to {@code value}; this map itself when it already holds that very value. */
    public CiMap<V> with(CiId id, V value) {
        return toBuilder().put(id, value).build();
    }

    /** This map without {@code id}. */
    public CiMap<V> without(CiId id) {
        return toBuilder().remove(id).build();
    }

    /** A builder starting from this map; this map is not changed by it. */
    public Builder<V> toBuilder() {
        return new Builder<>(root, size);
    }

    @SuppressWarnings("unchecked")
    public void forEach(BiConsumer<? super CiId, ? super V> action) {
        if (root != null) {
            root.forEach((BiConsumer<CiId, Object>) action);
        }
    }

    /** A read-only view of this map as a {@link Map}. */
    public Map<CiId, V> asMap() {
        return new MapView();
    }

    /** The keys, a read-only view. */
    public Set<CiId> keySet() {
        return asMap().keySet();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CiMap<?> map && asMap().equals(map.asMap());
    }

    @Override
    public int hashCode() {
        return asMap().hashCode();
    }

    @Override
    public String toString() {
        return asMap().toString();
    }

    /** Changes a map by editing the trie nodes it made itself in place; see {@link CiMap}. */
    public static final class Builder<V> {
        private Object edit = new Object();
        private Node root;
        private int size;

        private Builder(Node root, int size) {
            this.root = root;
            this.size = size;
        }

        public Builder<V> put(CiId id, V value) {
            checkNotNull(id, "id");
            checkNotNull(value, "value of %s", id);
            if (root == null) {
                root = Node.single(edit, id, value);
                size = 1;
                return this;
            }
            boolean[] added = new boolean[1];
            root = root.put(edit, id, id.hashCode(), value, 0, added);
            if (added[0]) {
                size++;
            }
            return this;
        }

        public Builder<V> remove(CiId id) {
            checkNotNull(id, "id");
            if (root != null) {
                boolean[] removed = new boolean[1];
                root = root.remove(edit, id, id.hashCode(), 0, removed);
                if (removed[0]) {
                    size--;
                }
            }
            return this;
        }

        @SuppressWarnings("unchecked")
        public V get(CiId id) {
            return root == null ? null : (V) root.get(checkNotNull(id, "id"), id.hashCode(), 0);
        }

        public int size() {
            return size;
        }

        /** The map as built so far; further changes to this builder no longer touch it. */
        public CiMap<V> build() {
            edit = new Object();
            return size == 0 ? empty() : new CiMap<>(root, size);
        }
    }

    private static int index(int hash, int shift) {
        return (hash >>> shift) & MASK;
    }

    /**
     * A trie node: the entries whose hash ends here ({@code data}, key and value side by side)
     * and the sub-tries ({@code nodes}, stored from the end of the array), each flagged in its
     * bitmap by the 5 bits of the hash at this level. Below the last level, keys with equal hashes
     * sit together in a collision node (no bitmaps, linear search).
     */
    private static final class Node {
        private final Object edit;
        private final boolean collision;
        private int dataMap;
        private int nodeMap;
        private Object[] array;

        private Node(Object edit, boolean collision, int dataMap, int nodeMap, Object[] array) {
            this.edit = edit;
            this.collision = collision;
            this.dataMap = dataMap;
            this.nodeMap = nodeMap;
            this.array = array;
        }

        static Node single(Object edit, CiId key, Object value) {
            return new Node(edit, false, 1 << index(key.hashCode(), 0), 0, new Object[] {key, value});
        }

        Object get(CiId key, int hash, int shift) {
            Node node = this;
            while (true) {
                if (node.collision) {
                    Object[] a = node.array;
                    for (int i = 0; i < a.length; i += 2) {
                        if (a[i].equals(key)) {
                            return a[i + 1];
                        }
                    }
                    return null;
                }
                int bit = 1 << index(hash, shift);
                if ((node.dataMap & bit) != 0) {
                    int i = 2 * Integer.bitCount(node.dataMap & (bit - 1));
                    return node.array[i].equals(key) ? node.array[i + 1] : null;
                }
                if ((node.nodeMap & bit) == 0) {
                    return null;
                }
                node = (Node) node.array[node.array.length - 1 - Integer.bitCount(node.nodeMap & (bit - 1))];
                shift += BITS;
            }
        }

        private boolean editable(Object by) {
            return by != null && edit == by;
        }

        /** This node, or a copy owned by {@code by}, with {@code array} replaced. */
        private Node with(Object by, int dataMap, int nodeMap, Object[] array) {
            if (editable(by)) {
                this.dataMap = dataMap;
                this.nodeMap = nodeMap;
                this.array = array;
                return this;
            }
            return new Node(by, collision, dataMap, nodeMap, array);
        }

        private Node withSlot(Object by, int slot, Object value) {
            if (editable(by)) {
                array[slot] = value;
                return this;
            }
            Object[] copy = array.clone();
            copy[slot] = value;
            return new Node(by, collision, dataMap, nodeMap, copy);
        }

        Node put(Object by, CiId key, int hash, Object value, int shift, boolean[] added) {
            if (collision) {
                for (int i = 0; i < array.length; i += 2) {
                    if (array[i].equals(key)) {
                        return array[i + 1] == value ? this : withSlot(by, i + 1, value);
                    }
                }
                Object[] longer = Arrays.copyOf(array, array.length + 2);
                longer[array.length] = key;
                longer[array.length + 1] = value;
                added[0] = true;
                return with(by, 0, 0, longer);
            }
            int bit = 1 << index(hash, shift);
            if ((dataMap & bit) != 0) {
                int i = 2 * Integer.bitCount(dataMap & (bit - 1));
                CiId known = (CiId) array[i];
                if (known.equals(key)) {
                    return array[i + 1] == value ? this : withSlot(by, i + 1, value);
                }
                added[0] = true;
                Node merged = merge(by, known, array[i + 1], known.hashCode(), key, value, hash, shift + BITS);
                return dataToNode(by, bit, i, merged);
            }
            if ((nodeMap & bit) != 0) {
                int slot = array.length - 1 - Integer.bitCount(nodeMap & (bit - 1));
                Node sub = (Node) array[slot];
                Node changed = sub.put(by, key, hash, value, shift + BITS, added);
                return changed == sub ? this : withSlot(by, slot, changed);
            }
            added[0] = true;
            int i = 2 * Integer.bitCount(dataMap & (bit - 1));
            Object[] longer = new Object[array.length + 2];
            System.arraycopy(array, 0, longer, 0, i);
            longer[i] = key;
            longer[i + 1] = value;
            System.arraycopy(array, i, longer, i + 2, array.length - i);
            return with(by, dataMap | bit, nodeMap, longer);
        }

        /** Moves the entry at data index {@code i} down into the new sub-trie {@code sub}. */
        private Node dataToNode(Object by, int bit, int i, Node sub) {
            Object[] next = new Object[array.length - 1];
            System.arraycopy(array, 0, next, 0, i);
            int nodeSlotOld = array.length - 1 - Integer.bitCount(nodeMap & (bit - 1));
            // data after i shift left by 2 up to where the nodes start; nodes keep their order from the end
            int dataEnd = 2 * Integer.bitCount(dataMap);
            System.arraycopy(array, i + 2, next, i, dataEnd - i - 2);
            int nodeSlotNew = nodeSlotOld - 1;
            // nodes before the new slot (from dataEnd up to nodeSlotOld) shift left by 2, then the new node, then the rest shift left by 1
            System.arraycopy(array, dataEnd, next, dataEnd - 2, nodeSlotOld + 1 - dataEnd);
            next[nodeSlotNew] = sub;
            System.arraycopy(array, nodeSlotOld + 1, next, nodeSlotNew + 1, array.length - nodeSlotOld - 1);
            return with(by, dataMap ^ bit, nodeMap | bit, next);
        }

        private static Node merge(Object by, CiId key1, Object value1, int hash1, CiId key2, Object value2, int hash2,
                int shift) {
            if (shift >= Integer.SIZE) {
                return new Node(by, true, 0, 0, new Object[] {key1, value1, key2, value2});
            }
            int index1 = index(hash1, shift);
            int index2 = index(hash2, shift);
            if (index1 == index2) {
                Node sub = merge(by, key1, value1, hash1, key2, value2, hash2, shift + BITS);
                return new Node(by, false, 0, 1 << index1, new Object[] {sub});
            }
            Object[] array = index1 < index2 ? new Object[] {key1, value1, key2, value2}
                    : new Object[] {key2, value2, key1, value1};
            return new Node(by, false, (1 << index1) | (1 << index2), 0, array);
        }

        /** This node without {@code key}, or null when nothing is left in it. */
        Node remove(Object by, CiId key, int hash, int shift, boolean[] removed) {
            if (collision) {
                for (int i = 0; i < array.length; i += 2) {
                    if (array[i].equals(key)) {
                        removed[0] = true;
                        if (array.length == 2) {
                            return null;
                        }
                        Object[] shorter = new Object[array.length - 2];
                        System.arraycopy(array, 0, shorter, 0, i);
                        System.arraycopy(array, i + 2, shorter, i, array.length - i - 2);
                        return with(by, 0, 0, shorter);
                    }
                }
                return this;
            }
            int bit = 1 << index(hash, shift);
            if ((dataMap & bit) != 0) {
                int i = 2 * Integer.bitCount(dataMap & (bit - 1));
                if (!array[i].equals(key)) {
                    return this;
                }
                removed[0] = true;
                if (array.length == 2) {
                    return null;
                }
                Object[] shorter = new Object[array.length - 2];
                System.arraycopy(array, 0, shorter, 0, i);
                System.arraycopy(array, i + 2, shorter, i, array.length - i - 2);
                return with(by, dataMap ^ bit, nodeMap, shorter);
            }
            if ((nodeMap & bit) != 0) {
                int slot = array.length - 1 - Integer.bitCount(nodeMap & (bit - 1));
                Node sub = (Node) array[slot];
                Node changed = sub.remove(by, key, hash, shift + BITS, removed);
                if (changed == sub) {
                    return this;
                }
                if (changed != null) {
                    return withSlot(by, slot, changed);
                }
                if (array.length == 1) {
                    return null;
                }
                Object[] shorter = new Object[array.length - 1];
                System.arraycopy(array, 0, shorter, 0, slot);
                System.arraycopy(array, slot + 1, shorter, slot, array.length - slot - 1);
                return with(by, dataMap, nodeMap ^ bit, shorter);
            }
            return this;
        }

        void forEach(BiConsumer<CiId, Object> action) {
            int data = collision ? array.length : 2 * Integer.bitCount(dataMap);
            for (int i = 0; i < data; i += 2) {
                action.accept((CiId) array[i], array[i + 1]);
            }
            for (int i = data; i < array.length; i++) {
                ((Node) array[i]).forEach(action);
            }
        }
    }

    /** Walks the trie depth first with a stack of nodes and positions. */
    private final class EntryIterator implements Iterator<Map.Entry<CiId, V>> {
        private final Deque<Node> nodes = new ArrayDeque<>();
        private final Deque<int[]> positions = new ArrayDeque<>();
        private Map.Entry<CiId, V> next;

        EntryIterator() {
            if (root != null) {
                nodes.push(root);
                positions.push(new int[] {0});
            }
            advance();
        }

        @SuppressWarnings("unchecked")
        private void advance() {
            next = null;
            while (!nodes.isEmpty()) {
                Node node = nodes.peek();
                int[] position = positions.peek();
                int data = node.collision ? node.array.length : 2 * Integer.bitCount(node.dataMap);
                if (position[0] < data) {
                    int i = position[0];
                    position[0] += 2;
                    next = new AbstractMap.SimpleImmutableEntry<>((CiId) node.array[i], (V) node.array[i + 1]);
                    return;
                }
                if (position[0] < node.array.length) {
                    Node sub = (Node) node.array[position[0]++];
                    nodes.push(sub);
                    positions.push(new int[] {0});
                    continue;
                }
                nodes.pop();
                positions.pop();
            }
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public Map.Entry<CiId, V> next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            Map.Entry<CiId, V> result = next;
            advance();
            return result;
        }
    }

    private final class MapView extends AbstractMap<CiId, V> {
        @Override
        public int size() {
            return size;
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof CiId id && CiMap.this.containsKey(id);
        }

        @Override
        public V get(Object key) {
            return key instanceof CiId id ? CiMap.this.get(id) : null;
        }

        @Override
        public Set<Entry<CiId, V>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<CiId, V>> iterator() {
                    return new EntryIterator();
                }

                @Override
                public int size() {
                    return size;
                }
            };
        }

        @Override
        public Set<CiId> keySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<CiId> iterator() {
                    Iterator<Entry<CiId, V>> entries = new EntryIterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return entries.hasNext();
                        }

                        @Override
                        public CiId next() {
                            return entries.next().getKey();
                        }
                    };
                }

                @Override
                public boolean contains(Object key) {
                    return containsKey(key);
                }

                @Override
                public int size() {
                    return size;
                }
            };
        }
    }
}
