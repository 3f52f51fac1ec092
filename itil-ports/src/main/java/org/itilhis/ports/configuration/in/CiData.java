package org.itilhis.ports.configuration.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import org.itilhis.core.priority.ServiceCriticality;

/**
 * What a command says about a configuration item, as given by a person or an import:
 * identity, location, ownership, criticality, vendor and the values of its class's
 * attributes (attribute code to text, checked against the class by the domain). Optional
 * components are null or blank when not known.
 */
public record CiData(
        @NotBlank @Size(max = 64)
        @Pattern(regexp = "(?U)\\s*[^\\s\\p{Cntrl}]+\\s*", message = "{itilhis.cmdb.asset-tag}") String assetTag,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 100) String serialNumber,
        @Size(max = 100) String campus,
        @Size(max = 100) String building,
        @Size(max = 100) String floor,
        @Size(max = 100) String room,
        @Size(max = 64) String owningDepartment,
        @Size(max = 64) String supportGroup,
        @NotNull ServiceCriticality criticality,
        @Size(max = 200) String vendor,
        LocalDate warrantyEnd,
        Map<@NotBlank @Size(max = 64) String, @Size(max = 1000) String> attributes) {

    public CiData {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
