package org.retrotread.session.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.retrotread.session.plan.Movement;
import org.retrotread.session.units.Grade;
import org.retrotread.session.units.Speed;

/**
 * The energy model against published values (decision 4 records the comparison): the Compendium of Physical
 * Activities 2011, whose backward walking codes are measured values at 3.5 mph (93.8 m/min, the speed of
 * Chaloupka et al. 1997, JOSPT 25(5):302-6, who measured backward walking at 0 and 5 %).
 */
class EnergyModelTest {

    private static final Speed THREE_AND_A_HALF_MPH = Speed.ofMph(3.5);

    /** Compendium code 17320: walking backward, 3.5 mph, level, 6.0 METs. */
    @Test
    void backwardLevelAtThreeAndAHalfMphIsWithinFifteenPercentOfCompendium17320() {
        double mets = EnergyModel.mets(Movement.BACKWARD, THREE_AND_A_HALF_MPH, Grade.LEVEL);
        assertThat(mets).isCloseTo(6.0, withPercentage(15));
        assertThat(mets).isCloseTo(5.15, withPercentage(1)); // 3.68 x 1.40: still 14 % low (see the next test)
    }

    /** Compendium code 17325: walking backward, 3.5 mph, uphill 5 % grade, 8.0 METs. */
    @Test
    void backwardUphillFivePercentIsWithinFifteenPercentOfCompendium17325() {
        double mets = EnergyModel.mets(Movement.BACKWARD, THREE_AND_A_HALF_MPH, Grade.ofPercent(5));
        assertThat(mets).isCloseTo(8.0, withPercentage(15));
        assertThat(mets).isCloseTo(8.53, withPercentage(1));
    }

    /**
     * Why the level figure is low: ACSM's walking equation gives 3.68 METs forward at 3.5 mph, where the Compendium's
     * measured forward walking (code 17200) is 4.3 METs. The backward factor is the Compendium's own backward/forward
     * ratio (6.0 / 4.3 = 1.40), inside Wright &amp; Weyand's +35 +/- 6 %; the rest is the forward equation's.
     */
    @Test
    void theLevelShortfallIsTheForwardEquationsAndTheFactorIsTheCompendiumsOwnRatio() {
        double forward = EnergyModel.mets(Movement.FORWARD, THREE_AND_A_HALF_MPH, Grade.LEVEL);
        assertThat(forward).isCloseTo(3.68, withPercentage(1));
        assertThat(forward / 4.3 - 1).isCloseTo(-0.14, Offset.offset(0.01));
        assertThat(EnergyModel.BACKWARD_FACTOR).isCloseTo(6.0 / 4.3, withPercentage(1));
        assertThat(EnergyModel.BACKWARD_FACTOR - 1).isBetween(0.35 - 0.06, 0.35 + 0.06);
    }

    /** The grade term: walking 1.8 S G, running 0.9 S G (ACSM), both times the backward factor going backward. */
    @Test
    void theGradeTermIsAcsmsTimesTheBackwardFactor() {
        Speed walk = Speed.ofKmh(4.0);
        double s = walk.metresPerMinute();
        assertThat(EnergyModel.oxygenUptakeMlPerKgMin(Movement.BACKWARD, walk, Grade.ofPercent(10)).orElseThrow())
                .isCloseTo((3.5 + 0.1 * s + 1.8 * s * 0.10) * 1.40, withPercentage(0.001));
        Speed run = Speed.ofKmh(9.0);
        double r = run.metresPerMinute();
        assertThat(EnergyModel.oxygenUptakeMlPerKgMin(Movement.BACKWARD, run, Grade.ofPercent(5)).orElseThrow())
                .isCloseTo((3.5 + 0.2 * r + 0.9 * r * 0.05) * 1.40, withPercentage(0.001));
    }

    /** Downhill the equations are not defined: no number is made up (the summary says so beside the figure). */
    @Test
    void aDeclineHasNoEstimateAndStandingIsRestOnAnyDeck() {
        assertThat(EnergyModel.oxygenUptakeMlPerKgMin(Movement.BACKWARD, Speed.ofKmh(3), Grade.ofPercent(-3))).isEmpty();
        assertThat(EnergyModel.oxygenUptakeMlPerKgMin(Movement.STANDING, Speed.ZERO, Grade.ofPercent(-3)).orElseThrow())
                .isEqualTo(3.5);
    }
}
