package org.itilhis.ports.availability.in;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.itilhis.core.availability.ServiceTarget;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.Actor;

/**
 * Sets the availability target of the business service {@code service}: {@code percent} of the
 * agreed service time (more than 0, at most 100, three decimals at most), measured in the
 * calendar of the service catalogue's {@code catalogueService}. {@code expectedVersion} is the
 * version read (0: there is none yet; null: whatever is stored).
 */
public record SetAvailabilityTarget(@NotNull Actor actor, @NotNull CiId service,
                                    @NotBlank @Size(max = ServiceTarget.MAX_SERVICE_NAME) String catalogueService,
                                    @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100")
                                    @Digits(integer = 3, fraction = 3) BigDecimal percent,
                                    @PositiveOrZero Long expectedVersion) {
}
