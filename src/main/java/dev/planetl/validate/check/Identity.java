package dev.planetl.validate.check;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/** Sets by identity: two totals printed alike in two places are two figures. */
final class Identity {

    private Identity() {
    }

    static <T> Set<T> setOf(Collection<T> items) {
        Set<T> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(items);
        return set;
    }
}
