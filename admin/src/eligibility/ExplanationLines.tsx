import { Box, Typography } from '@mui/material';
import { verdictColor } from './VerdictChip';
import type { ExplanationLine } from './queries';

/** The server's explanation, one line per rule node, indented by its depth, a dot of its verdict's colour. */
export function ExplanationLines({ lines, testId }: { lines: readonly ExplanationLine[]; testId?: string }) {
  return (
    <Box component="ul" data-testid={testId} sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {lines.map((line, i) => (
        <Box
          component="li"
          key={i}
          data-depth={line.depth}
          data-verdict={line.verdict}
          sx={{ display: 'flex', alignItems: 'baseline', gap: 1, pl: line.depth * 3, py: 0.25 }}
        >
          <Box component="span" aria-hidden sx={{ flex: 'none', width: 8, height: 8, borderRadius: '50%', bgcolor: verdictColor(line.verdict), transform: 'translateY(-1px)' }} />
          <Typography component="span" variant="body2" sx={{ fontWeight: line.depth === 0 ? 600 : 400 }}>
            {line.text}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
