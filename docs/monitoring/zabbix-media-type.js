// itilhis media type script for Zabbix (Alerts > Media types > Create media type > Type: Webhook).
//
// Zabbix runs this script with `value` holding the media type's parameters as a JSON object
// (see docs/monitoring/zabbix.md for the parameter list). It posts one event to the library's
// receiver, POST <url>/api/v1/alerts/<source>, with the source's bearer token, in exactly the
// form the receiver reads (org.itilhis.adapters.rest.monitoring.AlertFormats, kind ZABBIX):
//
//   {"event_id": "8812", "event_value": "1", "severity": "4", "severity_name": "High",
//    "trigger_name": "...", "host": "...", "host_ip": "...",
//    "event_date": "2026.03.02", "event_time": "07:55:10",
//    "recovery_date": "", "recovery_time": "", "timezone": "+08:00",
//    "tags": [{"tag": "service", "value": "LIS"}], "asset_tag": "SRV-LIS-DB01"}
//
// event_value is 1 for a problem and 0 for its recovery; the receiver records the problem event's
// id as the alert's fingerprint, so a problem and its recovery are one alert, and a retry of the
// same event changes nothing. A macro Zabbix could not resolve (it is left as "{...}") is sent
// empty. Runs on Zabbix 6.0 and later (HttpRequest; CurlHttpRequest on 5.x also works).

var Itilhis = {
    // Zabbix leaves a macro it cannot resolve as its own text, e.g. "{EVENT.RECOVERY.DATE}".
    clean: function (text) {
        if (typeof text !== 'string') {
            return '';
        }
        var trimmed = text.trim();
        return /^\{[A-Z0-9.#_:]+\}$/.test(trimmed) ? '' : trimmed;
    },

    tags: function (json) {
        var text = Itilhis.clean(json);
        if (text === '') {
            return [];
        }
        try {
            var parsed = JSON.parse(text);
            var tags = [];
            for (var i = 0; i < parsed.length; i++) {
                tags.push({tag: String(parsed[i].tag), value: String(parsed[i].value || '')});
            }
            return tags;
        } catch (error) {
            Zabbix.log(4, '[itilhis] {EVENT.TAGSJSON} is not JSON, sent without tags: ' + error);
            return [];
        }
    },

    payload: function (params) {
        return {
            event_id: Itilhis.clean(params.event_id),
            event_value: Itilhis.clean(params.event_value),
            severity: Itilhis.clean(params.event_nseverity),
            severity_name: Itilhis.clean(params.event_severity),
            trigger_name: Itilhis.clean(params.trigger_name),
            host: Itilhis.clean(params.host),
            host_ip: Itilhis.clean(params.host_ip),
            event_date: Itilhis.clean(params.event_date),
            event_time: Itilhis.clean(params.event_time),
            recovery_date: Itilhis.clean(params.event_recovery_date),
            recovery_time: Itilhis.clean(params.event_recovery_time),
            timezone: Itilhis.clean(params.timezone) || '+08:00',
            tags: Itilhis.tags(params.event_tags),
            asset_tag: Itilhis.clean(params.asset_tag)
        };
    },

    send: function (params) {
        var url = Itilhis.clean(params.itilhis_url).replace(/\/+$/, '') + '/api/v1/alerts/'
            + encodeURIComponent(Itilhis.clean(params.itilhis_source));
        var request = new HttpRequest();
        request.addHeader('Content-Type: application/json');
        request.addHeader('Authorization: Bearer ' + Itilhis.clean(params.itilhis_token));
        if (Itilhis.clean(params.http_proxy) !== '') {
            request.setProxy(params.http_proxy);
        }
        var body = JSON.stringify(Itilhis.payload(params));
        var response = request.post(url, body);
        var status = request.getStatus();
        Zabbix.log(4, '[itilhis] POST ' + url + ' -> ' + status + ' ' + response);
        if (status !== 200) {
            // 400: the payload is wrong (the rejection is listed under /api/v1/alert-rejections);
            // 401: the token is wrong or the source disabled; 404: no such source. Zabbix retries
            // on a thrown error as its media type's attempts say.
            throw 'itilhis answered ' + status + ': ' + response;
        }
        return response;
    }
};

try {
    var params = JSON.parse(value);
    Itilhis.send(params);
    return 'OK';
} catch (error) {
    Zabbix.log(3, '[itilhis] delivery failed: ' + error);
    throw 'itilhis delivery failed: ' + error;
}
