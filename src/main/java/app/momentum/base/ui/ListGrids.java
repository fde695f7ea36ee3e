package app.momentum.base.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.function.Consumer;

/**
 * Keyboard use of the list grids: a row opens on a click, on Space and on Enter alike. Vaadin's grid turns
 * Space on a focused row into a click, but Enter only moves into the cell's own controls; in a cell without
 * controls Enter now clicks the cell too, so the grid's normal click handling (item click, selection) runs.
 */
public final class ListGrids {

    /** Mirrors what the grid does on Space (a click on the cell's first element, or the cell). */
    private static final String ENTER_CLICKS_CELL = """
            if (this.__momentumEnterClicks) return;
            this.__momentumEnterClicks = true;
            this.addEventListener('keydown', e => {
              // the grid's own handler ran first and took Enter when the cell has controls to move into
              if (e.key !== 'Enter' || e.defaultPrevented || this.interacting
                  || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
              const target = e.composedPath()[0];
              const cell = target.localName === 'tr' ? target.querySelector('td') : target;
              if (!cell || cell.localName !== 'td' || !cell._content) return;
              if (!cell.parentElement || !cell.parentElement.parentElement
                  || cell.parentElement.parentElement.id !== 'items') return; // header and footer rows
              e.preventDefault();
              const clicked = cell._content.firstElementChild || cell;
              clicked.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true, cancelable: true}));
            });
            """;


    private ListGrids() {
    }

    /** Opens the row's item on a click, Space or Enter. */
    public static <T> void openRowsWith(Grid<T> grid, Consumer<T> open) {
        grid.addItemClickListener(e -> open.accept(e.getItem()));
        enterActivatesRows(grid);
    }

    /** Enter on a focused row does what a click does (for grids that select rather than open). */
    public static void enterActivatesRows(Grid<?> grid) {
        grid.addAttachListener(e -> grid.getElement().executeJs(ENTER_CLICKS_CELL));
    }
}
