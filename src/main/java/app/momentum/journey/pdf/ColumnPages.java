package app.momentum.journey.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * How the map's columns are spread over pages side by side: as many as fit at a readable width, balanced so the last
 * page is not a lone column or two (twelve moments at eight a page become two pages of six). A moment's column is at
 * least {@code momentWidth} wide, an empty phase's column {@code emptyWidth}.
 */
final class ColumnPages {

    private ColumnPages() {
    }

    /**
     * The columns in pages, in order; each page holds at least one column.
     *
     * @param empty     per column, left to right, whether it is an empty phase's (narrow) column
     * @param available the width the columns share on a page
     * @return per page, the number of columns on it
     */
    static List<Integer> split(List<Boolean> empty, float available, float momentWidth, float emptyWidth) {
        List<Integer> widest = pack(empty, available, momentWidth, emptyWidth, Integer.MAX_VALUE);
        long moments = empty.stream().filter(e -> !e).count();
        if (widest.size() < 2) {
            return widest;
        }
        int balanced = (int) Math.ceilDiv(moments, widest.size());
        List<Integer> even = pack(empty, available, momentWidth, emptyWidth, balanced);
        return even.size() <= widest.size() ? even : widest;
    }

    private static List<Integer> pack(List<Boolean> empty, float available, float momentWidth, float emptyWidth,
                                      int momentsPerPage) {
        List<Integer> pages = new ArrayList<>();
        int columns = 0;
        int moments = 0;
        float used = 0;
        for (boolean isEmpty : empty) {
            float width = isEmpty ? emptyWidth : momentWidth;
            boolean full = used + width > available || (!isEmpty && moments == momentsPerPage);
            if (columns > 0 && full) {
                pages.add(columns);
                columns = 0;
                moments = 0;
                used = 0;
            }
            columns++;
            moments += isEmpty ? 0 : 1;
            used += width;
        }
        if (columns > 0) {
            pages.add(columns);
        }
        return pages;
    }
}
