import { Breadcrumbs, Typography } from '@mui/material';
import { Link, useCreatePath, useRecordContext, useResourceContext } from 'react-admin';

interface Named {
  id: string;
  name: string;
}

/** "Tỉnh Bắc Kạn › Huyện Ba Bể › Xã …": the record's ancestors (top first), each a link to its page. */
export function AncestorsBreadcrumb() {
  const record = useRecordContext();
  const resource = useResourceContext();
  const createPath = useCreatePath();
  if (!record || !resource) return null;
  const ancestors = (record.ancestors as Named[] | undefined) ?? [];
  return (
    <Breadcrumbs aria-label="breadcrumb" data-testid="ancestors" sx={{ mb: 2 }}>
      {ancestors.map((ancestor) => (
        <Link key={ancestor.id} to={createPath({ resource, id: ancestor.id, type: 'show' })}>
          {ancestor.name}
        </Link>
      ))}
      <Typography color="text.primary">{String(record.name ?? '')}</Typography>
    </Breadcrumbs>
  );
}
