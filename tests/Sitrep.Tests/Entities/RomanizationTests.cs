using Sitrep.Entities.Cyrillic;

namespace Sitrep.Tests.Entities;

public sealed class RomanizationTests
{
    [Theory]
    [InlineData("Олег Синєгубов", "Oleh Syniehubov")]
    [InlineData("Запоріжжя", "Zaporizhzhia")]
    [InlineData("Юрій Їжакевич", "Yurii Yizhakevych")]
    [InlineData("Згурівка", "Zghurivka")]
    [InlineData("Щербань", "Shcherban")]
    [InlineData("Мар'яна", "Mariana")]
    [InlineData("Євген Ґудзь", "Yevhen Gudz")]
    public void Ukrainian_follows_kmu_2010(string native, string latin)
    {
        Assert.Equal(latin, Romanization.Ukrainian(native));
    }

    [Theory]
    [InlineData("Сергей Лавров", "Sergey Lavrov")]
    [InlineData("Вячеслав Гладков", "Vyacheslav Gladkov")]
    [InlineData("Алексей Ёлкин", "Aleksey Yelkin")]
    [InlineData("Дмитрий Медведев", "Dmitriy Medvedev")]
    public void Russian_follows_bgn_pcgn_as_media_print_it(string native, string latin)
    {
        Assert.Equal(latin, Romanization.Russian(native));
    }

    [Theory]
    [InlineData("Ігоря Терехова", "Ігор Терехов")]
    [InlineData("Анны Волковой", "Анна Волкова")]
    [InlineData("Олегом Синєгубовим", "Олег Синєгубов")]
    [InlineData("Марти Гнатюк", "Марта Гнатюк")]
    [InlineData("Петра Лисенка", "Петро Лисенко")]
    [InlineData("Сергея Бондарчика", "Сергей Бондарчик")]
    [InlineData("Олегу Ткачу", "Олег Ткач")]
    public void Names_are_given_in_the_nominative(string oblique, string nominative)
    {
        Assert.Equal(nominative, NameNominative.Of(oblique));
    }
}
