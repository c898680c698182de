package org.retrotread.session.summary;

import java.time.Duration;
import org.retrotread.session.units.Energy;

/** An energy estimate that always carries how it was made, or says why there is none. */
public sealed interface EnergyEstimate permits EnergyEstimate.Estimated, EnergyEstimate.NotEstimable {

    /**
     * @param energy                 the estimate
     * @param backwardFactor         what forward cost was multiplied by for backward walking
     * @param sourceKey              bundle key of the citation printed beside the number
     * @param outsideValidatedRange  some of the session ran at speeds the ACSM equations were not
     *                               validated for (walking below 50 or above 100 m/min, say)
     * @param declineLeftOut         time walked on a declined deck, where the equations are not defined: not in
     *                               the figure, and said beside it
     */
    record Estimated(Energy energy, double backwardFactor, String sourceKey, boolean outsideValidatedRange,
                     Duration declineLeftOut) implements EnergyEstimate {

        public Estimated(Energy energy, double backwardFactor, String sourceKey, boolean outsideValidatedRange) {
            this(energy, backwardFactor, sourceKey, outsideValidatedRange, Duration.ZERO);
        }
    }

    /** @param reasonKey bundle key of why: a dead-mill session, or no body mass on record */
    record NotEstimable(String reasonKey) implements EnergyEstimate {
    }
}
