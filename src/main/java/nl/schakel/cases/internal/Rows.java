package nl.schakel.cases.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import nl.schakel.cases.CaseScope;
import org.jspecify.annotations.Nullable;

/** Reading and writing the text arrays of the case tables. */
final class Rows {

    /** The condition that the viewer's organisation currently participates in case {@code c}. */
    static final String PARTICIPATES = """
            exists (select 1 from case_participant p where p.case_id = c.id and p.organisation_id = :org
                    and p.starts_on <= :today and (p.ends_on is null or p.ends_on >= :today))""";

    /** The scopes the viewer's organisation currently holds in case {@code c}. */
    static final String SCOPES = """
            (select coalesce(array_agg(distinct s), '{}') from case_participant p, unnest(p.scopes) s
             where p.case_id = c.id and p.organisation_id = :org
               and p.starts_on <= :today and (p.ends_on is null or p.ends_on >= :today)) as viewer_scopes""";

    private Rows() {
    }

    static List<String> strings(@Nullable Array array) throws SQLException {
        List<String> values = new ArrayList<>();
        if (array != null) {
            for (Object value : (Object[]) array.getArray()) {
                values.add(String.valueOf(value));
            }
        }
        return values;
    }

    static Set<CaseScope> scopes(@Nullable Array array) throws SQLException {
        Set<CaseScope> scopes = EnumSet.noneOf(CaseScope.class);
        strings(array).forEach(s -> scopes.add(CaseScope.valueOf(s)));
        return scopes;
    }

    /** Codes joined for {@code string_to_array(?, ',')}; codes never hold a comma. */
    static String joined(Collection<?> codes) {
        return codes.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
