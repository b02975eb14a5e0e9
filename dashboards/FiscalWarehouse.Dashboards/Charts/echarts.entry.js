// The part of ECharts the dashboards draw with, bundled by esbuild at build time (see the .csproj): bar, line and
// boxplot series on a grid, with tooltips and legends, drawn as SVG. The full build (dist/echarts.min.js, 1.1 MB) costs a
// cold page hundreds of milliseconds to download and compile; this one is about half of it. A page that needs another
// series type or component adds it here.
import { init, getInstanceByDom, use } from "echarts/core";
import { BarChart, LineChart, BoxplotChart } from "echarts/charts";
import { GridComponent, TooltipComponent, LegendComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";

use([BarChart, LineChart, BoxplotChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

// getInstanceByDom: the browser tests read a drawn chart's option through it.
export { init, getInstanceByDom };
