package dev.planetl.validate;

import dev.planetl.read.vocab.MinistryDictionary;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Canonical names of central administrative bodies, as the readers' ministry dictionary
 * ({@code vocab/ministries.tsv}) knows them. Immutable and thread-safe.
 */
public final class Ministries {

    private final Set<String> names;

    public Ministries(Collection<String> names) {
        this.names = Set.copyOf(names);
    }

    /** Every canonical name of the standard ministry dictionary, of any period. */
    public static Ministries standard() {
        return new Ministries(MinistryDictionary.standard().canonicalNames());
    }

    public boolean isCanonical(String name) {
        return name != null && names.contains(name);
    }

    /** The names in a stable order. */
    public Set<String> names() {
        return new TreeSet<>(names);
    }
}
