/**
 * <momentum-echart>: an Apache ECharts chart for the Java component app.momentum.base.ui.chart.EChart.
 *
 * - `option` (set from Java as JSON): applied whole with setOption each time it changes.
 * - Follows its own size (ResizeObserver); give the element a height.
 * - Disposes the ECharts instance when detached and makes a new one when attached again.
 * - A click on a data item fires `chart-click` with
 *   detail {seriesIndex, seriesName, dataIndex, name, value, data, id}, where id is the data item's `id`.
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
      this.chart.setOption(this.option, { notMerge: true });
    }
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
