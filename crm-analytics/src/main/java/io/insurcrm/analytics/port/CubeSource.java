package io.insurcrm.analytics.port;

import io.insurcrm.analytics.model.CubeCell;
import io.insurcrm.analytics.model.CubeQuery;
import java.util.List;

/** Port: the cube, aggregated with its subtotals by the database (ROLLUP or its equivalent). */
public interface CubeSource {

    /** The cells, detail and subtotal rows, ordered by the keys (nulls, i.e. subtotals, last). */
    List<CubeCell> cube(CubeQuery query);
}
