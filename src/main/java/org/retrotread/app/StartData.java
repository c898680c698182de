package org.retrotread.app;

import java.util.List;
import org.retrotread.store.Client;
import org.retrotread.store.SavedPlan;
import org.retrotread.store.Store;

/** What the start screen shows from the database: the clients, the plan library and the operators. */
record StartData(List<Client> clients, List<SavedPlan> plans, List<String> operators) {

    static StartData read(Store store) throws Exception {
        return new StartData(store.clients().list(false), store.plans().library(), store.settings().operators());
    }
}
