import { useState } from 'react';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { Box, IconButton, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { RuleDescription } from '@exemplar/shared';

/**
 * A rule as readable sentences (describeRule): composite rules ("Tất cả các điều kiện sau:") fold
 * and unfold; leaves are the conditions themselves. Everything starts unfolded.
 */
export function RuleTree({ tree, testId }: { tree: RuleDescription; testId?: string }) {
  return (
    <Box component="ul" role="tree" data-testid={testId} sx={{ listStyle: 'none', m: 0, p: 0 }}>
      <RuleNode node={tree} />
    </Box>
  );
}

function RuleNode({ node }: { node: RuleDescription }) {
  const translate = useTranslate();
  const [open, setOpen] = useState(true);
  const composite = node.children.length > 0;
  return (
    <Box component="li" role="treeitem" aria-expanded={composite ? open : undefined} data-path={node.path} sx={{ m: 0 }}>
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 0.5, py: 0.25 }}>
        {composite ? (
          <IconButton
            size="small"
            onClick={() => setOpen(!open)}
            aria-label={translate(open ? 'exemplar.criteria.criterion.collapse' : 'exemplar.criteria.criterion.expand')}
            sx={{ p: 0, mt: '1px' }}
          >
            {open ? <ExpandMoreIcon fontSize="small" /> : <ChevronRightIcon fontSize="small" />}
          </IconButton>
        ) : (
          <Box component="span" aria-hidden sx={{ flex: 'none', width: 20, textAlign: 'center', color: 'text.secondary', lineHeight: '22px' }}>
            •
          </Box>
        )}
        <Typography variant="body2" sx={{ fontWeight: composite ? 500 : 400, lineHeight: '22px' }}>
          {node.text}
        </Typography>
      </Box>
      {composite && open ? (
        <Box component="ul" role="group" sx={{ listStyle: 'none', m: 0, pl: 2.5, borderLeft: 1, borderColor: 'divider', ml: 1.25 }}>
          {node.children.map((child) => (
            <RuleNode key={child.path} node={child} />
          ))}
        </Box>
      ) : null}
    </Box>
  );
}
