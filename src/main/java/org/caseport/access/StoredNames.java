package org.caseport.access;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Converts between enum constants and the names stored in the profile's text arrays. Reading
 * ignores names this version does not know, so a section added by a later version stays hidden.
 */
final class StoredNames {

    private StoredNames() {
    }

    static <E extends Enum<E>> Set<E> parse(Class<E> type, Collection<String> names) {
        EnumSet<E> parsed = EnumSet.noneOf(type);
        for (E constant : type.getEnumConstants()) {
            if (names != null && names.contains(constant.name())) {
                parsed.add(constant);
            }
        }
        return Collections.unmodifiableSet(parsed);
    }

    static <E extends Enum<E>> Set<E> copy(Class<E> type, Collection<E> values) {
        EnumSet<E> copied = EnumSet.noneOf(type);
        if (values != null) {
            copied.addAll(values);
        }
        return Collections.unmodifiableSet(copied);
    }

    /** The names to store, in declaration order. */
    static <E extends Enum<E>> Set<String> names(Set<E> values) {
        return values.stream().sorted().map(Enum::name).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
