package org.itilhis.adapters.rest.json;

/** {@code GET /api/v1/health}: {@code UP} while the API answers. */
public record HealthJson(String status) {
    public static HealthJson up() {
        return new HealthJson("UP");
    }
}
