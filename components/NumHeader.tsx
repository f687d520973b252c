import type { ComponentChildren } from 'preact';

/** A column heading over figures, aligned with them. */
export function NumHeader({ children }: { children: ComponentChildren }) {
  return (
    <th scope="col" class="num">
      {children}
    </th>
  );
}
