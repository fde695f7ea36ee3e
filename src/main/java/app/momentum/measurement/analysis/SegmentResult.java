package app.momentum.measurement.analysis;

import java.util.List;

/**
 * The analysis of one group of respondents: everyone, or one segment value.
 *
 * @param respondents how many respondents are in the group
 * @param nps         NPS with its interval
 * @param cxi         CXi with its three items (see {@link CxiResult})
 * @param meanEffort  mean customer effort; {@code NaN} without answers
 * @param moments     per moment, in the order the moments were given
 */
public record SegmentResult(int respondents, NpsResult nps, CxiResult cxi, double meanEffort,
                            List<MomentResult> moments) {

    public SegmentResult {
        moments = List.copyOf(moments);
    }
}
