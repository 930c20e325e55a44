package dev.planetl.validate;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** Canonical names of central administrative bodies ({@code ministries.txt}). Immutable and thread-safe. */
public final class Ministries {

    private final Set<String> names;

    public Ministries(Collection<String> names) {
        this.names = Set.copyOf(names);
    }

    /** The names of {@code ministries.txt} beside this class. */
    public static Ministries standard() {
        return new Ministries(Vocabulary.lines("ministries.txt"));
    }

    public boolean isCanonical(String name) {
        return name != null && names.contains(name);
    }

    /** The names in a stable order. */
    public Set<String> names() {
        return new TreeSet<>(names);
    }
}
