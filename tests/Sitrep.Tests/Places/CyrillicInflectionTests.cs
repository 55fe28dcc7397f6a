using Sitrep.Places;

namespace Sitrep.Tests.Places;

public sealed class CyrillicInflectionTests
{
    [Theory]
    [InlineData("харків", "харкові")]
    [InlineData("харків", "харкова")]
    [InlineData("київ", "києві")]
    [InlineData("тернопіль", "тернополі")]
    [InlineData("одеса", "одесі")]
    [InlineData("одеса", "одесою")]
    [InlineData("запоріжжя", "запоріжжі")]
    [InlineData("дніпро", "дніпрі")]
    [InlineData("суми", "сумах")]
    [InlineData("москва", "москвы")]
    [InlineData("белгород", "белгороде")]
    [InlineData("рівне", "рівного")]
    [InlineData("кривий ріг", "кривого рогу")]
    [InlineData("кривий ріг", "кривому розі")]
    [InlineData("нова каховка", "новій каховці")]
    [InlineData("харківська область", "харківської області")]
    [InlineData("харківська область", "харківській обл")]
    [InlineData("белгородская область", "белгородской области")]
    [InlineData("краснодарский край", "краснодарском крае")]
    [InlineData("ростов на дону", "ростове на дону")]
    [InlineData("сухой яр", "сухого яра")]
    public void Generates_the_case_form(string nominative, string form)
    {
        Assert.Contains(form, CyrillicInflection.Forms(nominative));
    }

    [Theory]
    [InlineData("донецьк", "донецк")]
    [InlineData("краматорськ", "краматорск")]
    [InlineData("пологи", null)]
    [InlineData("вільнянськ", null)]
    public void A_soft_sign_town_has_its_russian_spelling(string ukrainian, string? russian)
    {
        Assert.Equal(russian, CyrillicInflection.RussianSpelling(ukrainian));
    }

    [Fact]
    public void Latin_names_get_no_forms()
    {
        Assert.Equal(["kharkiv"], CyrillicInflection.WordForms("kharkiv"));
    }

    [Fact]
    public void Long_names_stay_bounded()
    {
        Assert.InRange(CyrillicInflection.Forms("велика нова олександрівська слобода").Count(), 1, 160);
    }
}
