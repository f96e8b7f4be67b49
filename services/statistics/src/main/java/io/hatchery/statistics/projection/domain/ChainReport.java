package io.hatchery.statistics.projection.domain;

import io.hatchery.contracts.registry.CarrierKind;
import java.time.LocalDate;
import java.util.List;

/**
 * A region's incubation chain over a window (both ends inclusive): per stage, the stays in the region's carriers
 * of that stage that began, ended, and where the firm went next.
 */
public record ChainReport(String region, LocalDate from, LocalDate to, List<StageFlow> stages) {

    /**
     * One stage's flows.
     *
     * @param entered    stays that began in the window
     * @param movedOn    stays that ended in the window and whose firm's next stay is at a later stage (anywhere)
     * @param graduated  stays that ended in the window with a graduation
     * @param retained   graduations of the window whose firm's next stay is in an accelerator or park of the region
     * @param exited     stays that ended in the window without a graduation
     * @param left       stays that ended in the window with no next stay in the region: the firm left its chain
     * @param incubating stays going on at the end of the window
     */
    public record StageFlow(ChainStage stage, List<CarrierKind> kinds, long entered, long movedOn, long graduated,
            long retained, long exited, long left, long incubating) {
    }
}
