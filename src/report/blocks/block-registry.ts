import type { ArgumentBlock, BlockBuilder } from './block-types';
import { ansvarTable } from './ansvar-table';
import { brukereChart } from './charts/brukere-chart';
import { driftsutgifterChart } from './charts/driftsutgifter-chart';
import { refusjonAndelChart } from './charts/refusjon-andel-chart';
import { refusjonChart } from './charts/refusjon-chart';
import { tableChartBlock } from './charts/table-chart';
import { deviationList } from './deviation-list';
import { fundTable } from './fund-table';
import { materialTable } from './material-table';
import { reconciliationTable } from './reconciliation-table';
import { regulationTable } from './regulation-table';
import { sheetTableBlock } from './sheet-table';

export type { ArgumentBlock, BlockBuilder, BlockContext } from './block-types';

/** Every block placeholder and what builds it, in one list. */
export const BLOCKS: Readonly<Record<string, BlockBuilder>> = {
  tabell_ansvar: ({ analysis }) => ansvarTable(analysis.figures, analysis.model.columns),
  liste_avvik: ({ analysis }) => deviationList(analysis.figures),
  tabell_vesentlige_avvik: ({ analysis }) => materialTable(analysis.figures),
  tabell_fond: ({ analysis }) => fundTable(analysis.figures),
  tabell_disponering: ({ analysis, fundName }) => regulationTable(analysis.figures, fundName),
  kontrolloppstilling: ({ analysis }) => reconciliationTable(analysis),
  diagram_driftsutgifter: ({ analysis }) => driftsutgifterChart(analysis.figures),
  diagram_refusjon: ({ analysis }) => refusjonChart(analysis.raw, analysis.model),
  diagram_refusjon_andel: ({ analysis }) => refusjonAndelChart(analysis.raw, analysis.model, analysis.figures),
  diagram_brukere: ({ analysis }) => brukereChart(analysis.raw),
};

export const ARGUMENT_BLOCKS: Readonly<Partial<Record<'tabell' | 'diagram', ArgumentBlock>>> = {
  tabell: sheetTableBlock,
  diagram: tableChartBlock,
};
