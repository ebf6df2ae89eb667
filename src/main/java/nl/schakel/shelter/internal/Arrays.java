package nl.schakel.shelter.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

/** text[] columns to and from sets. */
final class Arrays {

    private Arrays() {
    }

    static String[] of(Collection<?> values) {
        return values.stream().map(v -> v instanceof Enum<?> e ? e.name() : v.toString()).sorted()
                .toArray(String[]::new);
    }

    static <E extends Enum<E>> Set<E> enums(ResultSet rs, String column, Class<E> type) throws SQLException {
        Set<E> set = EnumSet.noneOf(type);
        for (String value : strings(rs, column)) {
            set.add(Enum.valueOf(type, value));
        }
        return set;
    }

    static Set<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        Set<String> set = new LinkedHashSet<>();
        if (array != null) {
            for (Object value : (Object[]) array.getArray()) {
                set.add((String) value);
            }
        }
        return set;
    }

    static <T> Set<T> map(Set<String> values, Function<String, T> f) {
        Set<T> set = new LinkedHashSet<>();
        values.forEach(v -> set.add(f.apply(v)));
        return set;
    }
}
