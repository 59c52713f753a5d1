import type { ReactNode } from 'react';
import { Box } from '@mui/material';

/**
 * Inputs side by side on a grid that wraps on narrow screens (react-admin's inputs are full width:
 * each fills its cell). A long input goes in <Wide> to take two cells.
 */
export function FormRow({ children, min = 220 }: { children: ReactNode; min?: number }) {
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: `repeat(auto-fill, minmax(${min}px, 1fr))`, columnGap: 2, alignItems: 'start', width: '100%' }}>
      {children}
    </Box>
  );
}

export function Wide({ children }: { children: ReactNode }) {
  return <Box sx={{ gridColumn: 'span 2', minWidth: 0 }}>{children}</Box>;
}
