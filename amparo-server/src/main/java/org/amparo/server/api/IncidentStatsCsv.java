package org.amparo.server.api;

import java.time.Duration;
import java.util.List;
import org.amparo.core.dispatch.stats.IncidentStatsRow;
import org.amparo.core.dispatch.stats.ResponseTime;
import org.jspecify.annotations.Nullable;

/** Incident statistics as RFC 4180 CSV, one row per period, province, type and priority. Stateless. */
public final class IncidentStatsCsv {
    static final String HEADER = "period,province_id,province,type,priority,incidents,"
            + "call_to_dispatch_count,call_to_dispatch_mean_s,call_to_dispatch_max_s,"
            + "dispatch_to_scene_count,dispatch_to_scene_mean_s,dispatch_to_scene_max_s";

    private IncidentStatsCsv() {}

    public static String of(List<IncidentStatsRow> rows) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (IncidentStatsRow r : rows) {
            out.append(r.period()).append(',');
            out.append(r.province() == null ? "" : quoted(r.province().id())).append(',');
            out.append(r.province() == null ? "" : quoted(r.province().name())).append(',');
            out.append(r.type().name()).append(',');
            out.append(r.priority().level()).append(',');
            out.append(r.incidents()).append(',');
            interval(out, r.callToDispatch()).append(',');
            interval(out, r.dispatchToScene()).append("\r\n");
        }
        return out.toString();
    }

    private static StringBuilder interval(StringBuilder out, ResponseTime t) {
        return out.append(t.count())
                .append(',')
                .append(seconds(t.mean()))
                .append(',')
                .append(seconds(t.max()));
    }

    private static String seconds(@Nullable Duration d) {
        return d == null ? "" : Double.toString(d.toMillis() / 1000.0);
    }

    /** Always quoted, quotes doubled; a leading formula character is neutralised for spreadsheets. */
    static String quoted(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
