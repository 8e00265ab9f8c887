/** The column headings of a table of figures: figure, value, period. */
export function FigureTableHead({
  labels,
}: {
  labels: { figure: string; value: string; period: string };
}) {
  return (
    <thead>
      <tr className="border-b-2 border-stone-300">
        <th scope="col" className="py-1 pr-3 font-medium">
          {labels.figure}
        </th>
        <th scope="col" className="py-1 pr-3 text-right font-medium">
          {labels.value}
        </th>
        <th scope="col" className="py-1 font-medium">
          {labels.period}
        </th>
      </tr>
    </thead>
  );
}
