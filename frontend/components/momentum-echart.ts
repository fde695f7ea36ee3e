/**
 * <momentum-echart>: an Apache ECharts chart for the Java component app.momentum.base.ui.chart.EChart.
 *
 * - `option` (set from Java as JSON): applied whole with setOption each time it changes.
 * - Follows its own size (ResizeObserver); give the element a height.
 * - Disposes the ECharts instance when detached and makes a new one when attached again.
 * - A click on a data item fires `chart-click` with
 *   detail {seriesIndex, seriesName, dataIndex, name, value, data, id}, where id is the data item's `id`.
 * - `labelBoxes()` (for tests, see LabelBox) says where the data labels are drawn.
 */
import { css, html, LitElement, type PropertyValues } from 'lit';
import * as echarts from 'echarts';

export interface ChartClickDetail {
  seriesIndex: number;
  seriesName: string | null;
  dataIndex: number;
  name: string | null;
  value: unknown;
  data: unknown;
  id: string | null;
}

/** Where one data label's text is drawn, in pixels from the chart's top left corner. */
export interface LabelBox {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * ECharts moves overlapping labels (`labelLayout.moveOverlap`) only where the layout also sets the label's x or y
 * (apache/echarts#17937), and a layout that keeps each label where it was placed needs a function, which the
 * JSON option from the server cannot carry. So a series asking for moveOverlap without x/y gets that function here:
 * each label keeps its own anchor (its position beside the symbol), and ECharts may then move it.
 */
function withMovableLabels(option: echarts.EChartsOption): echarts.EChartsOption {
  const seriesList = Array.isArray(option.series) ? option.series : option.series ? [option.series] : [];
  const needsFunction = (s: unknown) => {
    const layout = (s as { labelLayout?: unknown }).labelLayout;
    return layout !== null && typeof layout === 'object' && 'moveOverlap' in layout
      && !('x' in layout) && !('y' in layout);
  };
  if (!seriesList.some(needsFunction)) {
    return option;
  }
  const series = seriesList.map((s) => {
    if (!needsFunction(s)) {
      return s;
    }
    const layout = { ...(s as { labelLayout: object }).labelLayout };
    const labelLayout = (params: { labelRect: { x: number; y: number; width: number; height: number };
      align: string; verticalAlign: string }) => {
      const r = params.labelRect;
      const x = params.align === 'right' ? r.x + r.width : params.align === 'center' ? r.x + r.width / 2 : r.x;
      const y = params.verticalAlign === 'bottom' ? r.y + r.height
        : params.verticalAlign === 'top' ? r.y : r.y + r.height / 2;
      return { ...layout, x, y };
    };
    return { ...s, labelLayout } as typeof s;
  });
  return { ...option, series } as echarts.EChartsOption;
}

class MomentumEChart extends LitElement {
  static properties = {
    option: { type: Object },
  };

  static styles = css`
    :host {
      display: block;
      position: relative;
      min-height: 4rem;
    }
    :host([hidden]) {
      display: none;
    }
    .chart {
      position: absolute;
      inset: 0;
    }
  `;

  declare option: echarts.EChartsOption | undefined;

  private chart?: echarts.ECharts;
  private resizeObserver?: ResizeObserver;

  protected render() {
    return html`<div class="chart" part="chart"></div>`;
  }

  connectedCallback() {
    super.connectedCallback();
    // Attached again after a detach: the first render is long done, so no update will come to init it.
    if (this.hasUpdated && !this.chart) {
      this.initChart();
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.chart?.dispose();
    this.chart = undefined;
  }

  protected updated(changed: PropertyValues<this>) {
    if (!this.chart) {
      this.initChart();
    } else if (changed.has('option')) {
      this.applyOption();
    }
  }

  private initChart() {
    const container = this.renderRoot.querySelector<HTMLElement>('.chart');
    if (!container || !this.isConnected) {
      return;
    }
    this.chart = echarts.init(container);
    this.chart.on('click', (params) => this.pointClicked(params));
    this.resizeObserver = new ResizeObserver(() => this.chart?.resize());
    this.resizeObserver.observe(this);
    this.applyOption();
  }

  private applyOption() {
    if (this.chart && this.option) {
      // notMerge: the option from the server is complete, so nothing of the previous one may linger
      this.chart.setOption(withMovableLabels(this.option), { notMerge: true });
    }
  }

  /**
   * The boxes of the data labels drawn now (not the hidden ones), for tests that check labels stay readable.
   * Each box is measured from the text lines as the browser draws them (its font's ascent and descent), not
   * taken from ECharts' own estimate of a line's height, which can be far too small (it uses the width of a CJK
   * character, 4 px where no CJK font is installed). Empty before the first draw.
   */
  labelBoxes(): LabelBox[] {
    const zr = this.chart?.getZr();
    if (!zr) {
      return [];
    }
    const measure = document.createElement('canvas').getContext('2d');
    if (!measure) {
      return [];
    }
    const boxes: LabelBox[] = [];
    for (const host of zr.storage.getDisplayList(true)) {
      const label = host.getTextContent();
      if (!label || label.ignore || label.invisible) {
        continue;
      }
      let left = Infinity;
      let top = Infinity;
      let right = -Infinity;
      let bottom = -Infinity;
      // each drawn line of the label is a child element with its own font, alignment and transform
      for (const line of label.childrenRef()) {
        const style = line.style as { text?: string; font?: string; x?: number; y?: number;
          textAlign?: CanvasTextAlign; textBaseline?: CanvasTextBaseline };
        if (!style.text) {
          continue;
        }
        measure.font = style.font ?? '';
        measure.textAlign = style.textAlign ?? 'left';
        measure.textBaseline = style.textBaseline ?? 'alphabetic';
        const metrics = measure.measureText(style.text);
        const x = style.x ?? 0;
        const y = style.y ?? 0;
        const [a, b, c, d, e, f] = line.getComputedTransform() ?? [1, 0, 0, 1, 0, 0];
        for (const [px, py] of [[x - metrics.actualBoundingBoxLeft, y - metrics.fontBoundingBoxAscent],
          [x + metrics.actualBoundingBoxRight, y + metrics.fontBoundingBoxDescent]]) {
          const gx = a * px + c * py + e;
          const gy = b * px + d * py + f;
          left = Math.min(left, gx);
          right = Math.max(right, gx);
          top = Math.min(top, gy);
          bottom = Math.max(bottom, gy);
        }
      }
      if (left <= right) {
        const text = String((label.style as { text?: unknown }).text ?? '');
        boxes.push({ text, x: left, y: top, width: right - left, height: bottom - top });
      }
    }
    return boxes;
  }

  private pointClicked(params: echarts.ECElementEvent) {
    if (params.componentType !== 'series') {
      return;
    }
    const data = params.data as unknown;
    let id: string | null = null;
    if (data !== null && typeof data === 'object' && !Array.isArray(data) && 'id' in data) {
      const value = (data as { id?: unknown }).id;
      id = value === undefined || value === null ? null : String(value);
    }
    const detail: ChartClickDetail = {
      seriesIndex: params.seriesIndex ?? 0,
      seriesName: params.seriesName ?? null,
      dataIndex: params.dataIndex,
      name: params.name ?? null,
      value: params.value ?? null,
      data: data ?? null,
      id,
    };
    this.dispatchEvent(new CustomEvent<ChartClickDetail>('chart-click', { detail, bubbles: true, composed: true }));
  }
}

if (!customElements.get('momentum-echart')) {
  customElements.define('momentum-echart', MomentumEChart);
}

declare global {
  interface HTMLElementTagNameMap {
    'momentum-echart': MomentumEChart;
  }
}
