package nl.schakel.monitoring;

import java.util.List;

/**
 * The trajectories started in an area and period, for the anonymised CoMensha-style export (decision 0033):
 * implemented by the care module over its own tables.
 */
public interface TrajectoryRecords {

    List<TrajectoryRecord> started(Area area, Period period);
}
