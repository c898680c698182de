package org.retrotread.session.summary;

import org.retrotread.session.units.Energy;

/** An energy estimate that always carries how it was made, or says why there is none. */
public sealed interface EnergyEstimate permits EnergyEstimate.Estimated, EnergyEstimate.NotEstimable {

    /**
     * @param energy                 the estimate
     * @param backwardFactor         what forward cost was multiplied by for backward walking
     * @param sourceKey              bundle key of the citation printed beside the number
     * @param outsideValidatedRange  some of the session ran at speeds the ACSM equations were not
     *                               validated for (walking below 50 or above 100 m/min, say)
     */
    record Estimated(Energy energy, double backwardFactor, String sourceKey, boolean outsideValidatedRange)
            implements EnergyEstimate {
    }

    /** @param reasonKey bundle key of why: a dead-mill session, or no body mass on record */
    record NotEstimable(String reasonKey) implements EnergyEstimate {
    }
}
