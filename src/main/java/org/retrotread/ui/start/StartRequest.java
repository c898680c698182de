package org.retrotread.ui.start;

import org.retrotread.session.plan.StarterPlans;

/** Everything chosen on the start screen, handed to the app to open the console. */
public record StartRequest(ClientChoice client, String operator, StarterPlans.Starter starter) {
}
