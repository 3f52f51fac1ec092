package org.itilhis.testkit.memory;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.servicelevel.out.SlaStandings;
import org.itilhis.testkit.contract.SlaStandingsContract;

/** The reference adapter passes the contract it defines the semantics of. */
class InMemorySlaStandingsTest implements SlaStandingsContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemorySlaStandings standings = new InMemorySlaStandings(transactions);

    @Override
    public SlaStandings standings() {
        return standings;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
