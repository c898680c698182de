package org.retrotread.ui.start;

/** Everything chosen on the start screen, handed to the app to open the console. */
public record StartRequest(ClientChoice client, String operator, PlanChoice plan) {
}
