package org.eventscope.timeline;

import java.util.List;

/**
 * The two-tier axis for one frame: the lower tier (finer unit, one label per tick, also the light grid)
 * and the upper tier (coarser unit, sticky labels, also the strong grid).
 */
public record Axis(Resolution lowerResolution, List<Tick> lower, Resolution upperResolution, List<Tick> upper) {
}
