package proclab.mp;

import java.io.Serializable;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A proxy to a list that a {@link Manager} holds: a {@link List} that every process of the tree can
 * use. Python's {@code Manager().list()}.
 *
 * <p>Each method is one atomic operation in the manager's process; a sequence of them is not, so
 * hold a lock around one that must be. Iterators, {@link #subList} and {@link #copy()} are
 * read-only copies taken in one call. {@code replaceAll} and {@code removeIf} would be several
 * operations, so they are refused; {@link #sort} runs in the manager's process, so its comparator
 * must be {@link Serializable} (or {@code null} for natural order).
 *
 * @param <E> the type of the elements
 */
public final class ListProxy<E> extends AbstractList<E> implements Serializable {
    private static final long serialVersionUID = 1L;

    final Token token;

    ListProxy(Token token) {
        this.token = token;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        E element = (E) token.call("get", index);
        token.record("list.get", () -> "[" + index + "]=" + element);
        Delays.at("list.get");
        return element;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E set(int index, E element) {
        token.record("list.set", () -> "[" + index + "]=" + element);
        E previous = (E) token.call("set", index, element);
        Delays.at("list.set");
        return previous;
    }

    /** Python's {@code append}. */
    @Override
    public boolean add(E element) {
        token.record("list.add", () -> element);
        boolean added = (Boolean) token.call("add", element);
        Delays.at("list.add");
        return added;
    }

    /** Python's {@code insert}. */
    @Override
    public void add(int index, E element) {
        token.record("list.add", () -> "[" + index + "]=" + element);
        token.call("add", index, element);
        Delays.at("list.add");
    }

    /** Python's {@code extend}. */
    @Override
    public boolean addAll(Collection<? extends E> elements) {
        return (Boolean) token.call("addAll", new ArrayList<>(elements));
    }

    @Override
    public boolean addAll(int index, Collection<? extends E> elements) {
        return (Boolean) token.call("addAll", index, new ArrayList<>(elements));
    }

    /** Python's {@code pop(index)}. */
    @Override
    @SuppressWarnings("unchecked")
    public E remove(int index) {
        return (E) token.call("removeAt", index);
    }

    @Override
    public boolean remove(Object element) {
        return (Boolean) token.call("remove", element);
    }

    @Override
    public boolean removeAll(Collection<?> elements) {
        return (Boolean) token.call("removeAll", new ArrayList<>(elements));
    }

    @Override
    public boolean retainAll(Collection<?> elements) {
        return (Boolean) token.call("retainAll", new ArrayList<>(elements));
    }

    @Override
    public boolean contains(Object element) {
        return (Boolean) token.call("contains", element);
    }

    @Override
    public boolean containsAll(Collection<?> elements) {
        return copy().containsAll(elements);
    }

    @Override
    public int indexOf(Object element) {
        return (Integer) token.call("indexOf", element);
    }

    @Override
    public int lastIndexOf(Object element) {
        return (Integer) token.call("lastIndexOf", element);
    }

    @Override
    public int size() {
        return (Integer) token.call("size");
    }

    @Override
    public void clear() {
        token.call("clear");
    }

    /** Sorts in the manager's process; {@code null} sorts by natural order. */
    @Override
    public void sort(Comparator<? super E> comparator) {
        try {
            token.call("sort", comparator);
        } catch (SerializationException e) {
            throw new IllegalArgumentException("sort on " + token.name() + " runs in the manager's process, so its"
                    + " comparator must be Serializable, with all it captures: pass null for natural order,"
                    + " Comparator.reverseOrder(), or a lambda cast to (Comparator<E> & Serializable)", e);
        }
    }

    /** A copy of the whole list, taken in one call. */
    @SuppressWarnings("unchecked")
    public ArrayList<E> copy() {
        return (ArrayList<E>) token.call("copy");
    }

    @Override
    public Object[] toArray() {
        return copy().toArray();
    }

    @Override
    public <T> T[] toArray(T[] into) {
        return copy().toArray(into);
    }

    /** Iterates over a read-only copy. */
    @Override
    public Iterator<E> iterator() {
        return snapshot().iterator();
    }

    @Override
    public ListIterator<E> listIterator(int index) {
        return snapshot().listIterator(index);
    }

    /** A read-only copy of the range, not a view. */
    @Override
    public List<E> subList(int fromIndex, int toIndex) {
        return snapshot().subList(fromIndex, toIndex);
    }

    private List<E> snapshot() {
        return Collections.unmodifiableList(copy());
    }

    @Override
    public void replaceAll(UnaryOperator<E> operator) {
        throw notAtomic("replaceAll");
    }

    @Override
    public boolean removeIf(Predicate<? super E> filter) {
        throw notAtomic("removeIf");
    }

    private UnsupportedOperationException notAtomic(String method) {
        return new UnsupportedOperationException(method + " on " + token.name() + " would take several calls to"
                + " the manager, so it would not be one atomic operation: hold a manager lock and use get and set");
    }

    /** The elements, as {@code print(l)} shows them in Python. */
    @Override
    public String toString() {
        try {
            return copy().toString();
        } catch (IllegalStateException notRunning) {
            return "<ListProxy " + token.name() + ">";
        }
    }
}
