package org.itilhis.testkit.memory;

import org.itilhis.ports.common.PersonalDataReads;
import org.itilhis.ports.common.Transactions;
import org.itilhis.testkit.contract.PersonalDataReadsContract;

/** The reference adapter passes the contract it defines the semantics of. */
class InMemoryPersonalDataReadsTest implements PersonalDataReadsContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryPersonalDataReads reads = new InMemoryPersonalDataReads(transactions);

    @Override
    public PersonalDataReads reads() {
        return reads;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
