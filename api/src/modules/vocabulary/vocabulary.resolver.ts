import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { VocabularyRepository } from './vocabulary.repository';
import { AdministrativeLevel, AdministrativeUnitKind, VocabularyEntry } from './vocabulary.type';

@Resolver()
export class VocabularyResolver {
  @Query(() => [AdministrativeLevel], { description: 'Levels of the territorial hierarchy, top down.' })
  administrativeLevels(@Ctx() ctx: RequestContext): Promise<AdministrativeLevel[]> {
    return new VocabularyRepository(ctx.db).levels();
  }

  @Query(() => [AdministrativeUnitKind])
  administrativeUnitKinds(@Ctx() ctx: RequestContext): Promise<AdministrativeUnitKind[]> {
    return new VocabularyRepository(ctx.db).unitKinds();
  }

  @Query(() => [VocabularyEntry])
  organizationKinds(@Ctx() ctx: RequestContext): Promise<VocabularyEntry[]> {
    return new VocabularyRepository(ctx.db).entries('organization_kind');
  }

  @Query(() => [VocabularyEntry])
  sectors(@Ctx() ctx: RequestContext): Promise<VocabularyEntry[]> {
    return new VocabularyRepository(ctx.db).entries('sector');
  }
}
