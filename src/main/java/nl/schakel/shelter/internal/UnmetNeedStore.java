package nl.schakel.shelter.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.schakel.shelter.SearchProfile;
import nl.schakel.shelter.UnmetNeed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Searches that found nothing suitable, as profiles without identity, counted for purchasing. */
@Component
public class UnmetNeedStore {

    private final JdbcClient jdbc;

    UnmetNeedStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(UUID regionId, SearchProfile p, LocalDate today) {
        jdbc.sql("""
                insert into unmet_need (region_id, age, sex, form, area, residence_status, unaccompanied_minor,
                    contra_indications, searched_on)
                values (:region, :age, :sex, :form, :area, :residence, :minor, :contra, :today)""")
                .param("region", regionId).param("age", p.age()).param("sex", p.sex().name())
                .param("form", p.form().name()).param("area", p.area().name())
                .param("residence", p.residenceStatus().name()).param("minor", p.unaccompaniedMinor())
                .param("contra", Arrays.of(p.contraIndications())).param("today", today).update();
    }

    /** Counts per profile (contra-indications left out: they would make every count one). */
    public List<UnmetNeed> counts(UUID regionId) {
        return jdbc.sql("""
                select age, sex, form, area, residence_status, unaccompanied_minor, count(*) as searches,
                    max(searched_on) as last_searched
                from unmet_need where region_id = ?
                group by age, sex, form, area, residence_status, unaccompanied_minor
                order by searches desc, age""").param(regionId)
                .query((rs, n) -> new UnmetNeed(rs.getInt("age"), nl.schakel.shelter.ServedSex.valueOf(rs.getString("sex")),
                        nl.schakel.shelter.ExploitationForm.valueOf(rs.getString("form")),
                        nl.schakel.shelter.ServiceArea.valueOf(rs.getString("area")),
                        nl.schakel.shelter.ResidenceStatus.valueOf(rs.getString("residence_status")),
                        rs.getBoolean("unaccompanied_minor"), rs.getInt("searches"),
                        rs.getObject("last_searched", LocalDate.class)))
                .list();
    }
}
