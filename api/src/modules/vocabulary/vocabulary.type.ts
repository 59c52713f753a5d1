import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A level of the territorial hierarchy (data, not a column): province, district, commune.' })
export class AdministrativeLevel {
  @Field(() => String)
  code!: string;

  @Field(() => Int, { description: '1 for provinces; deeper levels count up.' })
  depth!: number;

  @Field(() => String)
  nameVi!: string;

  @Field(() => String)
  nameEn!: string;
}

@ObjectType({ description: 'A kind of administrative unit (tỉnh, huyện, xã, phường, đặc khu…).' })
export class AdministrativeUnitKind {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  level!: string;

  @Field(() => String, { description: 'The type word in front of official names ("Huyện").' })
  prefix!: string;

  @Field(() => String)
  nameVi!: string;

  @Field(() => String)
  nameEn!: string;
}

@ObjectType({ description: 'A labelled code: organization kinds and sectors.' })
export class VocabularyEntry {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  nameVi!: string;

  @Field(() => String)
  nameEn!: string;
}
