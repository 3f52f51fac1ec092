package org.itilhis.core.stock;

import java.util.stream.Stream;
import org.itilhis.core.shared.DomainException;

/**
 * One of each refusal the stock can throw, for the message catalogue's test
 * ({@code shared.MessagesTest}), which reads every refusal of core in both languages.
 */
public final class StockRefusals {
    private static final StockItemCode TONER = StockItemCode.of("TONER-HP-88A");
    private static final StoreRoomCode B1 = StoreRoomCode.of("IT-STORE-B1");

    private StockRefusals() {
    }

    public static Stream<DomainException> everyRefusal() {
        return Stream.of(
                new InsufficientStockException(TONER, B1, 2, 3),
                StockItemExistsException.item(TONER),
                StockItemExistsException.storeRoom(B1));
    }
}
